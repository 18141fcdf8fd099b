import Channels
import Testing

@Suite("Splitting long text")
struct TextChunksTests {
    @Test("pieces fit the limit, break at paragraphs, then lines, then spaces, and never split a character")
    func split() {
        #expect(TextChunks.split("short", limit: 10) == ["short"])
        #expect(TextChunks.split("", limit: 10) == [""])
        #expect(TextChunks.split("aaaa bbbb\n\ncccc dddd", limit: 12) == ["aaaa bbbb", "cccc dddd"])
        #expect(TextChunks.split("aaaaaa\nbb cc", limit: 10) == ["aaaaaa", "bb cc"])
        #expect(TextChunks.split("aaaa\nbbbb cccc", limit: 10) == ["aaaa\nbbbb", "cccc"], "a break in the first half would leave a tiny piece")
        #expect(TextChunks.split("aaaa bbbb cccc", limit: 10) == ["aaaa bbbb", "cccc"])
        #expect(TextChunks.split("abcdefghij", limit: 4) == ["abcd", "efgh", "ij"])
        #expect(TextChunks.split("👍👍👍", limit: 4) == ["👍👍", "👍"], "an emoji is two UTF-16 units and stays whole")
    }
}

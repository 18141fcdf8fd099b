import Mustache

/// One Mustache template from a catalogue file, parsed once, with the names it refers to.
struct Template: Sendable {
    /// A `{{name}}` (or section) in the template and the sections it sits in, outermost first.
    struct Reference: Hashable, Sendable {
        var name: String
        var sections: [String]
        /// Whether this is a `{{#name}}` or `{{^name}}` tag rather than a value.
        var isSection = false
    }

    let source: String
    let text: MustacheTemplate
    let references: [Reference]

    /// Parses `source`; the message says what is wrong in words a wording editor understands.
    init(_ source: String) throws(TemplateProblem) {
        self.source = source
        references = try Template.scan(source)
        do {
            // Rendered as text: no HTML escaping (e-mail HTML is escaped as a whole afterwards).
            text = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source)
        } catch {
            throw TemplateProblem("is not a valid Mustache template (\(error))")
        }
    }

    /// Renders with `context`: variable names to strings, numbers and lists of dictionaries.
    func render(_ context: [String: Any]) -> String { text.render(context) }

    /// The variables referred to outside every section: the ones the caller must supply.
    var rootNames: Set<String> { Set(references.filter { $0.sections.isEmpty }.map(\.name)) }

    /// Finds every tag; refuses partials and delimiter changes, which the catalogue doesn't use.
    static func scan(_ source: String) throws(TemplateProblem) -> [Reference] {
        var refs: [Reference] = []
        var stack: [String] = []
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            var after = rest[open.upperBound...]
            let triple = after.hasPrefix("{")
            if triple { after = after.dropFirst() }
            guard let close = after.range(of: triple ? "}}}" : "}}") else { throw TemplateProblem("has a {{ without a closing }}") }
            var tag = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = after[close.upperBound...]
            let sigil = tag.first
            switch sigil {
            case "!": continue
            case ">", "<", "$", "=", "%":
                throw TemplateProblem("uses {{\(tag)}}: partials, blocks, pragmas and delimiter changes are not supported here")
            case "#", "^", "/", "&":
                tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
            default: break
            }
            guard !tag.isEmpty, tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw TemplateProblem("has a tag {{\(tag)}} that is not a plain variable name (letters, digits and _)")
            }
            switch sigil {
            case "#", "^":
                refs.append(Reference(name: tag, sections: stack, isSection: true))
                stack.append(tag)
            case "/":
                guard stack.last == tag else { throw TemplateProblem("closes {{/\(tag)}} but the open section is \(stack.last.map { "{{#\($0)}}" } ?? "none")") }
                stack.removeLast()
            default:
                refs.append(Reference(name: tag, sections: stack))
            }
        }
        if let open = stack.last { throw TemplateProblem("never closes the section {{#\(open)}}") }
        return refs
    }
}

/// What is wrong with one template's text.
struct TemplateProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

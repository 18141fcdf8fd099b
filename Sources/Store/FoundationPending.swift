// Placeholder so the package builds on the intents branch before the foundation
// (BookingCore, Store) lands. Delete this file when merging with the foundation.

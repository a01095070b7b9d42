"""One reader per file format; each turns a path into tables or a document."""

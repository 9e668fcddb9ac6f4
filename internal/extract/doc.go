// Package extract turns the bytes of an input file into a doc.Doc: the
// article's plain text in Doc.Text and what is known about it in Doc.Title,
// Outlet, Published, URL, Author and Language. It is the first stage of
// Hearsay's pipeline; every later stage reads Doc.Text.
//
// Read looks at the content (not the file name) to choose between HTML and
// plain text; HTML and Text force one or the other. From HTML the main
// article text and its metadata are taken with go-trafilatura, falling back
// to go-readability when trafilatura finds no article; scripts, styles,
// navigation, footers and comments are dropped. Paragraphs are separated
// by a blank line, line breaks inside a paragraph (<br>) by a newline.
//
// Plain text is kept as it is, apart from a minimal normalisation that
// HTML text gets too: a UTF-8 byte-order mark is removed and CRLF and lone
// CR line ends become LF. Every offset Hearsay reports refers to this
// normalised text, which the analysis JSON prints as document.text; for a
// plain-text file with LF line ends and no byte-order mark it is the file
// itself.
//
// Input is refused, with an *Error naming the input and wrapping one of
// the sentinel errors, when it is empty (ErrEmpty), larger than
// Options.MaxBytes (ErrTooLarge, default 10 MiB), binary (ErrBinary), not
// valid UTF-8 (ErrNotUTF8, with the byte offset of the first invalid
// sequence), or HTML in which no article text is found (ErrNoArticle).
package extract

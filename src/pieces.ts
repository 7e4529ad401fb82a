// A long text written from many small strings: a stream makes one file write
// of each string it is handed, and at thousands of articles those writes cost
// more than the text itself. The strings are joined into pieces of about a
// megabyte first, so the whole text is still never held at once.

/** The strings joined, in order, into pieces of at least `pieceLength` characters (the last may be shorter). */
export function* joinedInPieces(strings: Iterable<string>, pieceLength = 1 << 20): Generator<string> {
  let piece: string[] = [];
  let length = 0;
  for (const text of strings) {
    piece.push(text);
    length += text.length;
    if (length >= pieceLength) {
      yield piece.join('');
      piece = [];
      length = 0;
    }
  }
  if (piece.length > 0) yield piece.join('');
}

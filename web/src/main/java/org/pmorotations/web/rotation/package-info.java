/**
 * The rotation pages. {@code rotations/board.xhtml} ({@link org.pmorotations.web.rotation.BoardBacking})
 * is the rotation board: a PrimeFaces timeline with a row per PMO seat group and a bar per
 * rotation, coloured by state, with the empty seats the server computed behind them.
 *
 * <p>Decisions: the board reads only the rotations overlapping the window shown and a margin
 * (two queries, {@link org.pmorotations.service.rotation.BoardService}), and reads again when the user
 * moves beyond it. A dragged bar is only a request: the service checks every rule under the row
 * locks and the board is drawn again from the database, so a refused move returns the bar to its
 * place and an accepted one shows the new empty seats. Bar and row texts go through the Faces
 * writer (escaped), because the timeline script inserts item content as HTML.
 */
package org.pmorotations.web.rotation;

/*
 * The rotation board's additions to the PrimeFaces timeline (rotations/board.xhtml names the
 * function in its extender attribute). Served by the application, like every script.
 */
var PmoBoard = {

    /**
     * Bars and their edges can be dragged at once (a click opens the rotation, so no click first),
     * and land where {@link PmoBoard.snap} says. (The component's snap attribute cannot be set in
     * PrimeFaces 15: its setter returns a value, so Faces finds no setter.)
     */
    extend: function () {
        this.cfg.opts.itemsAlwaysDraggable = {item: true, range: true};
        this.cfg.opts.snap = PmoBoard.snap;
    },

    /**
     * Where a dragged edge lands: rotations run in whole months, so at a month or year scale on the
     * first of the nearest month; zoomed in closer, on the nearest day. Days are UTC midnights, as
     * the server sends and reads them.
     */
    snap: function (date, scale) {
        var day = new Date(date.valueOf());
        if (scale === 'month' || scale === 'year') {
            var month = day.getUTCMonth() + (day.getUTCDate() > 15 ? 1 : 0);
            return new Date(Date.UTC(day.getUTCFullYear(), month, 1));
        }
        var midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
        return new Date(day.getUTCHours() >= 12 ? midnight + 86400000 : midnight);
    }
};

/*
 * The rotation board's additions to the PrimeFaces timeline (rotations/board.xhtml names these
 * functions in its extender and snap attributes). Served by the application, like every script.
 */
var PmoBoard = {

    /** Bars and their edges can be dragged at once: a click opens the rotation, so no click first. */
    extend: function () {
        this.cfg.opts.itemsAlwaysDraggable = {item: true, range: true};
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

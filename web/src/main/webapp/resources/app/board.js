/*
 * The rotation board's additions to the PrimeFaces timeline (rotations/board.xhtml names the
 * function in its extender attribute). Served by the application, like every script.
 */
var PmoBoard = {

    /**
     * Bars and their edges can be dragged at once (a click opens the rotation, so no click first),
     * and land where {@link PmoBoard.snap} says. (The component's snap attribute cannot be set in
     * PrimeFaces 15: its setter returns a value, so Faces finds no setter.)
     *
     * A press held still is not a selection: the timeline would select the bar after a quarter of
     * a second (its "long select"), and selecting opens the rotation, so a hand that rests on a bar
     * before dragging it would be taken to another page. A bar opens on a click only.
     */
    extend: function () {
        this.cfg.opts.itemsAlwaysDraggable = {item: true, range: true};
        this.cfg.opts.longSelectPressTime = 24 * 60 * 60 * 1000;
        this.cfg.opts.snap = PmoBoard.snap;
        var widget = this;
        var render = this._render;
        this._render = function () {
            render.apply(widget, arguments);
            PmoBoard.finishFirstDrawing(widget.instance);
        };
    },

    /**
     * A timeline given its window (start and end) ends its first drawing only on a redraw after its
     * first range change, which comes a moment later; until something redraws it, the timeline is
     * hidden under its empty loading layer and a press on a bar reaches the layer, not the bar (the
     * first drag of the page did nothing). Redraw once, when that range change comes.
     */
    finishFirstDrawing: function (timeline) {
        var once = function () {
            timeline.off('rangechanged', once);
            timeline.redraw();
        };
        timeline.on('rangechanged', once);
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

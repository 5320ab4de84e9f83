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
            PmoBoard.keyboard(widget);
            PmoBoard.emptySeats(widget);
        };
    },

    /** The rotation whose bar opened the move dialog: its bar takes the focus again afterwards. */
    lastBar: null,

    /**
     * Every bar takes the keyboard focus (in the order of the board) and is named by its tooltip's
     * words; Enter or Space opens the move dialog of a bar that can move (the server's
     * PmoBoardMove), and the rotation's page for any other. The timeline draws bars as they come
     * into view, so each drawing marks the bars it added.
     */
    keyboard: function (widget) {
        var timeline = widget.instance;
        var root = timeline.dom.root;
        // The tooltip is markup (the server escaped the words in it): its text is the bar's name,
        // read in a template, where markup stays inert (nothing loads, nothing runs).
        var words = document.createElement('template');
        var mark = function () {
            var bars = root.querySelectorAll('.vis-item.board-bar:not([tabindex])');
            for (var i = 0; i < bars.length; i++) {
                var text = bars[i].querySelector('[data-rotation]');
                var item = text ? timeline.itemsData.get('rotation-' + text.getAttribute('data-rotation')) : null;
                if (item) {
                    words.innerHTML = item.title;
                    bars[i].setAttribute('tabindex', '0');
                    bars[i].setAttribute('role', 'button');
                    bars[i].setAttribute('aria-label', words.content.textContent);
                    bars[i].setAttribute('data-rotation', text.getAttribute('data-rotation'));
                }
            }
        };
        mark();
        if (root.pmoBoardKeys) {
            return;
        }
        root.pmoBoardKeys = true;
        timeline.on('changed', mark);
        root.addEventListener('keydown', function (event) {
            var bar = event.target.closest ? event.target.closest('.vis-item.board-bar[data-rotation]') : null;
            if (!bar || (event.key !== 'Enter' && event.key !== ' ')) {
                return;
            }
            event.preventDefault();
            var id = bar.getAttribute('data-rotation');
            PmoBoard.lastBar = id;
            if (bar.classList.contains('board-movable')) {
                PmoBoardMove([{name: 'rotation', value: id}]);
            } else {
                window.location.href = 'view.xhtml?id=' + encodeURIComponent(id);
            }
        });
    },

    /**
     * Closes the move dialog with the focus back on the bar it was opened from. The dialog would
     * give the focus back to the element that had it when it opened, a bar the update has since
     * drawn again: that element is gone, so the dialog is told to leave the focus to the board.
     */
    closeMove: function () {
        var dialog = PF('moveDialog');
        dialog.focusedElementBeforeDialogOpened = null;
        dialog.hide();
        PmoBoard.focusBar();
    },

    /**
     * The focus on the bar the move dialog was opened from, once the board has drawn it again. The
     * timeline may draw itself more than once after an update, dropping the focus to the page each
     * time: for a few seconds, a focus that has fallen to the page goes back to the bar (a focus
     * the user has moved elsewhere stays there).
     */
    focusBar: function () {
        var id = PmoBoard.lastBar;
        var tries = 0;
        var attempt = function () {
            var active = document.activeElement;
            if (!active || active === document.body) {
                var bar = document.querySelector('#boardForm\\:board .vis-item.board-bar[data-rotation="' + id + '"]');
                if (bar) {
                    bar.focus();
                }
            }
            if (++tries < 30) {
                window.setTimeout(attempt, 100);
            }
        };
        if (id) {
            attempt();
        }
    },

    /**
     * A click on an empty seat (a row's background where a seat is free, for someone who may plan)
     * opens the plan form for that PMO, role and the stretch's first day to plan. The keyboard's
     * way to the same form is the "Plan a rotation here" link of the board's list.
     */
    emptySeats: function (widget) {
        var timeline = widget.instance;
        if (timeline.pmoBoardSeats) {
            return;
        }
        timeline.pmoBoardSeats = true;
        timeline.on('click', function (properties) {
            if (properties.item !== null || properties.group === null || properties.what !== 'background') {
                return;
            }
            var time = properties.time.valueOf();
            var free = timeline.itemsData.get({
                filter: function (item) {
                    return item.group === properties.group && item.type === 'background'
                        && String(item.className).indexOf('board-plannable') >= 0
                        && new Date(item.start).valueOf() <= time && time < new Date(item.end).valueOf();
                }
            });
            if (free.length === 0) {
                return;
            }
            var holder = document.createElement('div');
            holder.innerHTML = free[0].content;
            var plan = holder.querySelector('[data-plan]');
            if (plan) {
                window.location.href = 'schedule.xhtml?' + plan.getAttribute('data-plan');
            }
        });
    },

    /**
     * On a phone the timeline's bars are too short to read, so the board's list by seat (hidden
     * behind its summary on wider screens) is shown open instead (app.css hides the timeline at
     * the same width; opening it reads it from the server). Run when the page loads and after each
     * partial update.
     */
    narrow: function () {
        if (!window.matchMedia || !window.matchMedia('(max-width: 480px)').matches) {
            return;
        }
        var lists = document.querySelectorAll('details.board-list');
        for (var i = 0; i < lists.length; i++) {
            lists[i].open = true;
        }
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

/**
 * The list is not on the page until it is opened: the first opening asks the server for it
 * (PmoBoardList, a remote command of the page). A toggle event does not bubble, so it is caught on
 * its way down.
 */
PmoBoard.listOpened = function (event) {
    var list = event.target;
    if (!list.matches || !list.matches('details.board-list') || !list.open) {
        return;
    }
    var content = list.querySelector('[data-shown]');
    if (content && content.getAttribute('data-shown') === 'false' && window.PmoBoardList) {
        content.setAttribute('data-shown', 'asked');
        PmoBoardList();
    }
};

document.addEventListener('toggle', PmoBoard.listOpened, true);
document.addEventListener('DOMContentLoaded', PmoBoard.narrow);
if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', PmoBoard.narrow);
}

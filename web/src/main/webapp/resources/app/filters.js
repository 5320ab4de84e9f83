/*
 * Filters in the address, so that a filtered page can be bookmarked and shared.
 *
 * - A plain GET form marked "address-filters" leaves its empty fields out of the address when
 *   submitted: "?status=ACTIVE", not "?person=&status=ACTIVE&flag=&...".
 * - A JSF form marked "address-filters" (the dashboard's, whose fields apply by Ajax) writes its
 *   fields into the address after each change, each under its own name (the part of the id after
 *   the form's "filters:"), with history.replaceState: reloading or sharing shows the same figures.
 */
(function () {
    "use strict";

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains("address-filters") || form.method.toLowerCase() !== "get") {
            return;
        }
        Array.prototype.forEach.call(form.elements, function (field) {
            if (field.name && !field.disabled && field.value === "" && field.type !== "submit") {
                field.disabled = true;
            }
        });
    });

    function writeAddress(form) {
        var params = new URLSearchParams(window.location.search);
        var prefix = form.id + ":";
        Array.prototype.forEach.call(form.querySelectorAll("input[name], select[name]"), function (field) {
            if (field.name.indexOf(prefix) !== 0 || field.type === "hidden") {
                return;
            }
            var name = field.name.substring(prefix.length).replace(/_input$/, "");
            if (field.value) {
                params.set(name, field.value);
            } else {
                params.delete(name);
            }
        });
        var query = params.toString();
        window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }

    document.addEventListener("change", function (event) {
        var form = event.target.form;
        if (form && form.classList.contains("address-filters") && form.method.toLowerCase() === "post") {
            writeAddress(form);
        }
    });
    // The date picker chooses by a click in its panel, which fires no change on the input.
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", function () {
            Array.prototype.forEach.call(document.querySelectorAll("form.address-filters[method='post']"), writeAddress);
        });
    }
})();

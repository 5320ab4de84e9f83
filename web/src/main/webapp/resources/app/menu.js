/*
 * The navigation as a menu button on a phone. The style sheet hides the links behind the button
 * below 640 px only once this script has marked the top bar ready, so without script the links
 * stay in view. The button says whether the menu is open (aria-expanded); Escape closes it and
 * gives the focus back to the button.
 */
(function () {
    var button = document.getElementById('menuButton');
    var nav = document.getElementById('mainNav');
    if (!button || !nav) {
        return;
    }
    var bar = button.closest('.topbar');
    bar.classList.add('menu-ready');

    function show(open) {
        bar.classList.toggle('menu-open', open);
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    button.addEventListener('click', function () {
        var open = button.getAttribute('aria-expanded') !== 'true';
        show(open);
        if (open) {
            var first = nav.querySelector('a');
            if (first) {
                first.focus();
            }
        }
    });
    bar.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && bar.classList.contains('menu-open')) {
            show(false);
            button.focus();
        }
    });
})();

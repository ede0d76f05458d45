/*
 * MigrAktiv Spandau! partner widget (script embed). No dependencies, no cookies, nothing sent but the request.
 *
 *   <div class="migraktiv-widget" data-migraktiv-organisation="42" data-kind="trainings" data-lang="tr"
 *        data-limit="5"></div>
 *   <script src="https://<site>/static/api/widget.js" defer></script>
 *
 * The data attributes may also sit on the script tag itself; the widget is then placed right before the script.
 * The content is inserted without a shadow root, so custom properties (--migraktiv-accent, …) that the partner
 * sets on the container or an ancestor apply. Without JavaScript nothing appears: use the iframe embed there.
 */
(function () {
    "use strict";

    var KINDS = ["trainings", "news"];

    function origin(script) {
        return new URL(script.src, document.baseURI).origin;
    }

    function addStylesheet(base) {
        var href = base + "/static/api/widget.css";
        if (document.querySelector('link[data-migraktiv-widget-css]')) {
            return;
        }
        var link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = href;
        link.setAttribute("data-migraktiv-widget-css", "");
        document.head.appendChild(link);
    }

    function load(container, base) {
        var organisation = container.getAttribute("data-migraktiv-organisation") || "";
        var kind = container.getAttribute("data-kind") || "trainings";
        if (!/^\d+$/.test(organisation) || KINDS.indexOf(kind) === -1) {
            return;
        }
        container.setAttribute("data-migraktiv-loaded", "");
        var query = new URLSearchParams({format: "fragment", lang: container.getAttribute("data-lang") || "de"});
        if (container.getAttribute("data-limit")) {
            query.set("limit", container.getAttribute("data-limit"));
        }
        var url = base + "/api/embed/organisations/" + organisation + "/" + kind + "/?" + query.toString();
        fetch(url, {credentials: "omit", mode: "cors"})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("MigrAktiv widget: " + response.status + " for " + url);
                }
                return response.text();
            })
            .then(function (html) {
                // DOMParser never runs scripts; the fragment is our server's escaped template output.
                var parsed = new DOMParser().parseFromString(html, "text/html");
                container.replaceChildren.apply(container, Array.prototype.slice.call(parsed.body.childNodes));
                var body = container.firstElementChild;
                if (body) {
                    container.setAttribute("lang", body.getAttribute("lang"));
                    container.setAttribute("dir", body.getAttribute("dir"));
                }
            })
            .catch(function (error) {
                container.removeAttribute("data-migraktiv-loaded");
                if (window.console) {
                    window.console.warn(error);
                }
            });
    }

    function start() {
        var scripts = document.querySelectorAll('script[src$="/static/api/widget.js"]');
        Array.prototype.forEach.call(scripts, function (script) {
            var base = origin(script);
            addStylesheet(base);
            if (script.hasAttribute("data-migraktiv-organisation") && !script.hasAttribute("data-migraktiv-done")) {
                script.setAttribute("data-migraktiv-done", "");
                var container = document.createElement("div");
                container.className = "migraktiv-widget";
                ["data-migraktiv-organisation", "data-kind", "data-lang", "data-limit"].forEach(function (name) {
                    if (script.hasAttribute(name)) {
                        container.setAttribute(name, script.getAttribute(name));
                    }
                });
                script.parentNode.insertBefore(container, script);
            }
            var containers = document.querySelectorAll(
                ".migraktiv-widget[data-migraktiv-organisation]:not([data-migraktiv-loaded])"
            );
            Array.prototype.forEach.call(containers, function (container) {
                load(container, base);
            });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();

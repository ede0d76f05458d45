/* Directory map: an enhancement of the list below it, never a replacement.
   It starts only when Leaflet loaded and a tile URL is configured; otherwise the map stays hidden and the
   server-rendered list is all there is. Marker data comes from a JSON data block (json_script). */
(function () {
    "use strict";

    function start() {
        var container = document.getElementById("directory-map");
        if (!container || typeof window.L === "undefined") {
            return;
        }
        var tileUrl = container.getAttribute("data-tile-url");
        var dataElement = document.getElementById(container.getAttribute("data-markers"));
        if (!tileUrl || !dataElement) {
            return;
        }
        var markers;
        try {
            markers = JSON.parse(dataElement.textContent);
        } catch (error) {
            return;
        }
        if (!markers.length) {
            return;
        }

        container.hidden = false;
        var map = window.L.map(container, { scrollWheelZoom: false });
        window.L.tileLayer(tileUrl, {
            maxZoom: 18,
            attribution: container.getAttribute("data-attribution") || ""
        }).addTo(map);

        var bounds = [];
        markers.forEach(function (item) {
            var popup = document.createElement("div");
            var link = document.createElement("a");
            link.href = item.url;
            link.textContent = item.name;
            var title = document.createElement("strong");
            title.appendChild(link);
            popup.appendChild(title);
            if (item.neighbourhood) {
                var place = document.createElement("div");
                place.textContent = item.neighbourhood;
                popup.appendChild(place);
            }
            window.L.marker([item.lat, item.lon], { title: item.name, alt: item.name }).bindPopup(popup).addTo(map);
            bounds.push([item.lat, item.lon]);
        });
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();

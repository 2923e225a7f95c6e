/* Web workers cannot start from file:// URLs, and Material's search runs in one. When the
   offline build is opened from the file system, this stand-in runs the worker script in a
   hidden iframe instead and passes messages across. Material's offline plugin looks for a
   polyfill whose URL contains "iframe-worker"; naming this file so keeps the plugin from
   adding its own copy from a CDN, which an intranet without internet could not reach. */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  function IFrameWorker(url) {
    var target = document.createDocumentFragment(); /* any EventTarget will do */
    var queue = [];
    var ready = false;
    var frame = document.createElement("iframe");
    frame.hidden = true;
    frame.setAttribute("aria-hidden", "true");
    document.body.appendChild(frame);
    var win = frame.contentWindow;

    /* What the worker script sees as its global postMessage / importScripts. */
    win.postMessage = function (data) {
      target.dispatchEvent(new MessageEvent("message", { data: data }));
    };
    win.importScripts = function () {
      var urls = Array.prototype.slice.call(arguments);
      return urls.reduce(function (done, src) {
        return done.then(function () {
          return new Promise(function (resolve, reject) {
            var script = win.document.createElement("script");
            script.src = src;
            script.onload = resolve;
            script.onerror = reject;
            win.document.body.appendChild(script);
          });
        });
      }, Promise.resolve());
    };

    var script = win.document.createElement("script");
    script.src = url;
    script.onload = function () {
      ready = true;
      queue.splice(0).forEach(deliver);
    };
    win.document.body.appendChild(script);

    function deliver(data) {
      win.dispatchEvent(new win.MessageEvent("message", { data: data }));
    }

    this.addEventListener = target.addEventListener.bind(target);
    this.removeEventListener = target.removeEventListener.bind(target);
    this.dispatchEvent = target.dispatchEvent.bind(target);
    this.postMessage = function (data) {
      if (ready) deliver(data); else queue.push(data);
    };
    this.terminate = function () { frame.remove(); };
  }

  window.IFrameWorker = IFrameWorker;
  window.Worker = IFrameWorker;
})();

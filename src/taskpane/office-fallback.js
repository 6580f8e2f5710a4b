// Loads the packaged office.js when the CDN copy did not load (offline, blocked). Runs right after the CDN tag,
// still during parsing, so the app bundle (deferred) always finds Office defined. An inline onerror attribute
// would need 'unsafe-inline' in the Content-Security-Policy; this same-origin file does not.
(function () {
  if (typeof window.Office === "undefined") {
    document.write('<script src="office-js/office.js"><\/script>');
  }
})();

// Loads the packaged office.js when the CDN copy did not load (offline, blocked). Runs right after the CDN tag,
// still during parsing, so the app bundle (deferred) always finds Office defined. An inline onerror attribute
// would need 'unsafe-inline' in the Content-Security-Policy; this same-origin file does not.
(function () {
  if (typeof window.Office !== "undefined") return;
  // office.js takes the folder of the first office.js <script> as the base of its other files: drop the
  // failed CDN tag so the packaged copy loads its companions from this origin too.
  var scripts = document.getElementsByTagName("script");
  for (var i = scripts.length - 1; i >= 0; i--) {
    if (/^https:\/\/appsforoffice\.microsoft\.com\//.test(scripts[i].src)) scripts[i].parentNode.removeChild(scripts[i]);
  }
  document.write('<script src="office-js/office.js"></script>');
})();

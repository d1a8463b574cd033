// The home page's "copy embed code" button: copies the <iframe> snippet shown beside it.
(function () {
  var button = document.getElementById("copy-embed");
  var code = document.getElementById("embed-code");
  if (!button || !code) { return; }
  button.addEventListener("click", function () {
    var done = function () { button.textContent = "Copied"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(code.value).then(done, function () { code.select(); document.execCommand("copy"); done(); });
    } else {
      code.select();
      document.execCommand("copy");
      done();
    }
  });
})();

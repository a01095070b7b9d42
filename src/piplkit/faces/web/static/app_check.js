// The app check form: an APK over the server's limit is refused before it is sent (the server
// would refuse it too, but only after the browser started uploading it), and while the check
// runs the button says so. Loaded as a file: the Content-Security-Policy allows no inline script.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("app-check-form");
  if (!form) { return; }
  form.addEventListener("submit", function (event) {
    var input = document.getElementById("f-apk");
    var tooBig = document.getElementById("apk-too-big");
    var limit = Number(form.getAttribute("data-max-apk"));
    if (input.files.length && limit && input.files[0].size > limit) {
      event.preventDefault();
      tooBig.hidden = false;
      return;
    }
    tooBig.hidden = true;
    document.getElementById("check-busy").hidden = false;
    document.getElementById("check-submit").setAttribute("aria-busy", "true");
  });
});

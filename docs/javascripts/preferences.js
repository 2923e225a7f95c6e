/* Apply the reader's saved choices before the first paint, so the letter does not flicker.
   Loaded (blocking) from <head>; a file rather than an inline script keeps the
   Content-Security-Policy free of one more hash. */
try {
  var pbRoot = document.documentElement;
  if (localStorage.getItem("pb-annotations") === "hidden") pbRoot.classList.add("pb-cold");
  if (localStorage.getItem("pb-linebreaks") === "filed") pbRoot.classList.add("pb-asfiled");
} catch (e) { /* storage may be off (private mode, file://): defaults apply */ }

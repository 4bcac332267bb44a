// Buttons marked data-print open the browser's print dialog (the print stylesheet in app.css lays the page out).
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target.closest('[data-print]') : null;
  if (target) {
    event.preventDefault();
    window.print();
  }
});

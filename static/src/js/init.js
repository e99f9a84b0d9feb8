// The first thing in <body>: a classic script, so the browser runs it before it lays out
// anything below. It adds the classes GOV.UK Frontend's CSS and scripts check for, so
// the page is drawn once in its scripted form: set later (by main.js, a module that
// runs after parsing), the menu would collapse under the reader's eyes (layout shift).
// GOV.UK puts this line inline; our Content-Security-Policy allows no inline script.
document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}

// GOV.UK's accordion, loaded only by the template that uses it
// (templates/components/streamfield/accordion.html), so other pages do not pay for it.
// main.js runs first (module scripts run in document order) and sets the body classes.
// A plain loop rather than createAll, whose import would bring GOV.UK's whole init code again.
import { Accordion } from 'govuk-frontend'

for (const $root of document.querySelectorAll('[data-module="govuk-accordion"]')) {
  try {
    new Accordion($root)
  } catch (error) {
    console.log(error)
  }
}

// GOV.UK's character count, loaded only by the template that uses it
// (templates/components/forms/textarea.html), so other pages do not pay for it.
// main.js runs first (module scripts run in document order) and sets the body classes.
// A plain loop rather than createAll, whose import would bring GOV.UK's whole init code again.
import { CharacterCount } from 'govuk-frontend'

for (const $root of document.querySelectorAll('[data-module="govuk-character-count"]')) {
  try {
    new CharacterCount($root)
  } catch (error) {
    console.log(error)
  }
}

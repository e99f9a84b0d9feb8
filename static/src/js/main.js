// Site script, loaded as <script type="module"> so it runs once the page is parsed.
// The imports below only define classes; nothing runs until the calls further down.
// The accordion and the character count, the two largest components, are scripts of
// their own that only the pages using them load (accordion.js, character-count.js).
import {
  Button,
  Checkboxes,
  createAll,
  ErrorSummary,
  Radios,
  ServiceNavigation,
  SkipLink
} from 'govuk-frontend'

import { QuickExit } from './quick-exit.js'

// First: the body classes GOV.UK Frontend's CSS and components check for. init.js has
// set them already; again here in case it did not load.
document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}

// Quick exit first, so it works even if a later component fails on odd markup
// (createAll catches and logs each component's errors on its own).
createAll(QuickExit)
createAll(SkipLink)
createAll(ServiceNavigation)
createAll(Button)
createAll(Checkboxes)
createAll(Radios)
createAll(ErrorSummary)

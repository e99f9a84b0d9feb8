import { ExitThisPage } from 'govuk-frontend'

/**
 * GOV.UK's "Exit this page" (button, Shift pressed three times, overlay), but it
 * leaves with location.replace(): GOV.UK sets location.href, which keeps our page
 * in the history, so Back would bring the person straight back here.
 *
 * Same markup and data-module ("govuk-exit-this-page") as GOV.UK's component;
 * exitPage() mirrors govuk-frontend 6.6.0's apart from the last line.
 */
export class QuickExit extends ExitThisPage {
  exitPage() {
    if (!this.$updateSpan) {
      return
    }

    this.$updateSpan.textContent = ''

    // Hide the page at once (GOV.UK's CSS hides everything but the overlay).
    document.body.classList.add('govuk-exit-this-page-hide-content')
    this.$overlay = document.createElement('div')
    this.$overlay.className = 'govuk-exit-this-page-overlay'
    this.$overlay.setAttribute('role', 'alert')
    document.body.appendChild(this.$overlay)
    this.$overlay.textContent = this.i18n.t('activated')

    window.location.replace(this.$button.href)
  }
}

// Drops GOV.UK selectors that no template, script or Python file mentions.
// Paths are relative to the project root (where `npm run` runs).
const govukComponentScripts = [
  'accordion',
  'button',
  'character-count',
  'checkboxes',
  'error-summary',
  'exit-this-page',
  'radios',
  'service-navigation',
  'skip-link'
].map((name) => `node_modules/govuk-frontend/dist/govuk/components/${name}/${name}.mjs`)

// Components we import in main.scss. Their classes are kept whole, because
// markup can come from places a scan misses: Python form widgets, editors'
// choices (tag colours), class names assembled in templates.
const keptComponents = [
  'accordion',
  'back-link',
  'breadcrumbs',
  'button',
  'character-count',
  'checkboxes',
  'date-input',
  'error-message',
  'error-summary',
  'exit-this-page',
  'fieldset',
  'form-group',
  'hint',
  'input',
  'inset-text',
  'label',
  'label-wrapper',
  'pagination',
  'panel',
  'radios',
  'service-navigation',
  'skip-link',
  'summary-list',
  'summary-card',
  'tag',
  'textarea',
  'warning-text'
]

module.exports = {
  css: ['static/dist/css/main.css'],
  content: [
    'templates/**/*.html',
    'static/src/js/**/*.js',
    // Classes GOV.UK's own scripts add at run time.
    ...govukComponentScripts,
    // Classes set in Python (form widgets, template tags, block templates).
    '{home,audiences,resources,forms}/**/*.py'
  ],
  skippedContentGlobs: ['**/migrations/**'],
  // The default extractor splits GOV.UK's override classes (govuk-!-margin-0) at "!".
  defaultExtractor: (content) => content.match(/[\w!:-]+/g) || [],
  safelist: {
    standard: [
      'js-enabled',
      'govuk-frontend-supported',
      'govuk-template',
      'govuk-template__body',
      /^govuk-skip-link-focused-element$/,
      /^govuk-exit-this-page/,
      // Open, expanded and hidden states that scripts toggle.
      /--(open|expanded|hidden|visible|active|error|disabled|on)$/,
      new RegExp(`^govuk-(${keptComponents.join('|')})(__|--|$)`),
      // The footer, but not its crown or crest (GOV.UK images we do not ship).
      /^govuk-footer(?!__(crown|copyright-logo))/,
      // Our own components are all meant to be used.
      /^app-/,
      // Elements in editors' rich text (.app-prose), which no template names.
      /^(h[2-6]|p|ul|ol|li|a|b|strong|em|img|blockquote)$/
    ],
    // Rules that only apply under these classes (accordion and conditional
    // reveals with JavaScript on; the quick exit hiding the page).
    greedy: [/^govuk-frontend-supported$/, /^js-enabled$/, /^govuk-exit-this-page-hide-content$/],
    // Read by GOV.UK's scripts (getBreakpoint) rather than by CSS.
    variables: [/^--govuk-breakpoint-/, /^--govuk-frontend-version$/]
  },
  // Printed links show their address: keep a[href^=…] rules whatever the value.
  dynamicAttributes: ['href'],
  variables: true,
  keyframes: true,
  fontFace: true
}

// Prints the built CSS and JS sizes, raw and gzipped (what a phone downloads).
const fs = require('fs')
const zlib = require('zlib')

for (const file of ['static/dist/css/main.css', 'static/dist/js/main.js']) {
  const data = fs.readFileSync(file)
  const gzipped = zlib.gzipSync(data, { level: 9 }).length
  console.log(`${file}: ${(data.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped`)
}

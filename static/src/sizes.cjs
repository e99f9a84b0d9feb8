// Prints the built CSS and JS sizes, raw and gzipped (what a phone downloads).
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const files = ['static/dist/css/main.css'].concat(
  fs
    .readdirSync('static/dist/js')
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join('static/dist/js', name))
)
for (const file of files) {
  const data = fs.readFileSync(file)
  const gzipped = zlib.gzipSync(data, { level: 9 }).length
  console.log(`${file}: ${(data.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped`)
}

/* eslint-disable no-undef */
// The standalone web page (src/web): two compilations — the Web Worker, then the page — and,
// after the page is emitted, its two builds: dist/web/ (index.html + web.js + worker.js, for a
// web server) and dist/budget-reconciler.html (one file, everything inlined, for file://).
// Each gets the Content-Security-Policy it can run under (see README, "Web page").
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');

const TEMPLATE = path.join(__dirname, 'src', 'web', 'index.html');

/** dist/web/: scripts from the page's own origin only; Fluent's injected styles are inline. */
const SERVED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The single file has no origin to trust: its one script by hash, its worker from a blob:. */
function singleFileCsp(scriptHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Script text safe inside <script>…</script>: `</script` and `<!--` only occur in strings. */
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Writes both builds once the page's bundle is on disk. */
class WebBuildsPlugin {
  constructor(outDir, singleFile) {
    this.outDir = outDir;
    this.singleFile = singleFile;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('WebBuildsPlugin', (compilation) => {
      if (compilation.errors.length) return;
      const template = readFileSync(TEMPLATE, 'utf8');
      const served = template
        .replace('%CSP%', SERVED_CSP)
        .replace('</head>', '    <script defer src="web.js"></script>\n  </head>');
      writeFileSync(path.join(this.outDir, 'index.html'), served);

      const licences = ['web.js.LICENSE.txt', 'worker.js.LICENSE.txt']
        .map((name) => path.join(this.outDir, name))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, 'utf8').replaceAll('--', '- -'))
        .join('\n');
      const page = inlineSafe(readFileSync(path.join(this.outDir, 'web.js'), 'utf8'));
      const worker = inlineSafe(readFileSync(path.join(this.outDir, 'worker.js'), 'utf8'));
      // Replaced by functions: a bundle may hold `$&` or `$'`, which a replacement string expands.
      const single = template
        .replace('%CSP%', () => singleFileCsp(sha256(page)))
        .replace(
          '</body>',
          // The worker's source is data (type text/plain), read by the page into a blob: URL.
          () =>
            `    <script type="text/plain" id="worker-source">${worker}</script>\n` +
            `    <script>${page}</script>\n  </body>\n<!-- Licences of the bundled code:\n${licences}\n-->`,
        );
      mkdirSync(path.dirname(this.singleFile), { recursive: true });
      writeFileSync(this.singleFile, single);
    });
  }
}

function base(dev) {
  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the page's CSP admits no eval.
    devtool: false,
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    plugins: [
      // The fast reader's node:zlib inflater is never called in the browser (the worker brings
      // its own, src/web/worker/inflate.ts); a stub that says so stands in for node:zlib.
      new webpack.NormalModuleReplacementPlugin(
        /^node:zlib$/,
        path.join(__dirname, 'src', 'web', 'worker', 'noZlib.ts'),
      ),
    ],
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES2019 syntax: Chromium 90-based 360 / 信创 browsers, Firefox ESR, Safari 16.4.
              compilerOptions: { module: 'esnext', target: 'es2019', sourceMap: false },
            },
          },
        },
      ],
    },
  };
}

/**
 * @param {{ dev?: boolean, outDir?: string, singleFile?: string }} options
 * @returns the worker's and the page's webpack configurations, in build order
 */
module.exports = function webConfigs(options = {}) {
  const dev = Boolean(options.dev);
  const outDir = path.resolve(options.outDir || path.join(__dirname, 'dist', 'web'));
  const singleFile = path.resolve(
    options.singleFile || path.join(__dirname, 'dist', 'budget-reconciler.html'),
  );
  return [
    {
      ...base(dev),
      name: 'web-worker',
      target: 'webworker',
      entry: { worker: './src/web/worker/worker.ts' },
      output: { path: outDir, filename: '[name].js', publicPath: '', clean: true },
    },
    {
      ...base(dev),
      name: 'web-page',
      dependencies: ['web-worker'],
      target: 'web',
      entry: { web: './src/web/index.tsx' },
      output: { path: outDir, filename: '[name].js', publicPath: '' },
      plugins: [...base(dev).plugins, new WebBuildsPlugin(outDir, singleFile)],
    },
  ];
};

/* eslint-disable no-undef */
// Bundles the add-in as Microsoft's Office-Addin-TaskPane-React template does: one entry per
// front end (taskpane, commands; `web` is added the same way later), an HTML page per entry,
// assets and manifest copied to dist/, and in production the dev URL rewritten to the real one.
const path = require('node:path');
const crypto = require('node:crypto');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/** Where the built add-in is served from; required for a production manifest. */
function productionUrl() {
  const url = process.env.ADDIN_BASE_URL || DEV_URL;
  if (!process.env.ADDIN_BASE_URL) {
    console.warn(`ADDIN_BASE_URL is not set: dist/manifest.xml keeps ${DEV_URL}`);
  }
  if (!url.startsWith('https://')) throw new Error(`ADDIN_BASE_URL must be https: ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

async function httpsOptions() {
  // Only the dev server needs the trusted localhost certificate; builds must work without it.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

/**
 * The ES5 bootstrap (src/bootstrap/bootstrap.js) is copied as is, never bundled: webpack's own
 * runtime is not ES5. Its name carries a hash of its content, as the bundles' names do, because
 * Office webviews cache aggressively.
 */
function bootstrapName() {
  const source = fs.readFileSync(path.join(__dirname, 'src', 'bootstrap', 'bootstrap.js'));
  const hash = crypto.createHash('sha256').update(source).digest('hex').slice(0, 8);
  return `bootstrap.${hash}.js`;
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  const baseUrl = dev ? DEV_URL : productionUrl();
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist');
  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/index.ts',
  };
  // Test-only: a browser build of the simulated Excel host, served in place of office.js.
  if (env.simhost) entry['excel-sim'] = './test/excel-sim/browser.ts';

  const bootstrap = bootstrapName();
  const page = (filename, template, chunks) =>
    new HtmlWebpackPlugin({ filename, template, chunks, templateParameters: { bootstrap } });

  return {
    // Source maps only in development: production publishes no map of the sources.
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: outDir,
      // Content hashes: a webview that cached an old bundle still fetches the new one.
      // (The test-only simulated host keeps a fixed name: the browser test serves it as office.js.)
      filename: ({ chunk }) =>
        dev || chunk?.name === 'excel-sim' ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; here ES modules let webpack tree-shake Fluent.
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands.html', './src/commands/commands.html', ['commands']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/bootstrap/bootstrap.js', to: bootstrap },
          { from: 'src/help/help.html', to: 'help.html' },
          { from: 'src/dialog/dialog.html', to: 'dialog.html' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) =>
              dev ? content : content.toString().replaceAll(DEV_URL, baseUrl),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          hot: true,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};

/* eslint-disable no-undef */
// Bundles the add-in as Microsoft's Office-Addin-TaskPane-React template does: one entry per
// front end (taskpane, commands), an HTML page per entry, assets and manifest copied to dist/,
// and in production the dev URL rewritten to the real one. The standalone web page has its own
// configurations (webpack.web.js), built alongside: `--env target=addin|web` builds one of them.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webConfigs = require('./webpack.web.js');

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

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  // The add-in's test build (simhost) and its dev server build the add-in alone.
  const target = env.target || (env.simhost || env.WEBPACK_SERVE ? 'addin' : 'all');
  const web = webConfigs({ dev, outDir: env.webOutDir, singleFile: env.singleFile });
  if (target === 'web') return web;
  const addin = await addinConfig(env, dev);
  return target === 'addin' ? addin : [addin, ...web];
};

async function addinConfig(env, dev) {
  const baseUrl = dev ? DEV_URL : productionUrl();
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist');
  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
  };
  // Test-only: a browser build of the simulated Excel host, served in place of office.js.
  if (env.simhost) entry['excel-sim'] = './test/excel-sim/browser.ts';

  return {
    devtool: 'source-map',
    entry,
    // dist/web/ and dist/budget-reconciler.html belong to the web page's build.
    output: {
      path: outDir,
      filename: '[name].js',
      clean: { keep: /^web[\\/]|^budget-reconciler\.html$/ },
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
              compilerOptions: { module: 'esnext', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
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
}

/**
 * The in-host test entry of the web worker extension host (VS Code for the Web), bundled for the browser to
 * out/test/web/suite.js and loaded as `extensionTestsPath` (scripts/vscode/run-integration.mjs --web, or
 * @vscode/test-web on a desktop with internet: npm run test:web-desktop). Mocha's browser build defines the global
 * `mocha`; its spec reporter writes through console.log, which the runner collects.
 */
// The bundler's require (esbuild resolves it at build time): the browser build of mocha, then the suites.
declare const require: (id: string) => unknown;
require('mocha/mocha');

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; timeout: number; reporter: string; color: boolean }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', timeout: 60_000, reporter: 'spec', color: false });
    // Registered after setup: the bdd globals exist only now.
    require('./webHost.test');
    require('./webStory.test');
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web worker host test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}

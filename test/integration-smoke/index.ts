// A minimal extension-host test module proving the real-VS Code runner (scripts/vscode/run-integration.mjs) works:
// `run()` is what VS Code calls for extensionTestsPath, exactly as with @vscode/test-electron.
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  mocha.addFile(path.join(__dirname, 'activation.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}

/**
 * A base class that owns disposables, in the style of VS Code's own extensions: subclasses `_register` what they
 * create and everything is released together. Kept free of `vscode` so pure code and unit tests can use it.
 */
export interface IDisposable {
  dispose(): unknown;
}

export abstract class Disposable implements IDisposable {
  private readonly disposables: IDisposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  protected _register<T extends IDisposable>(disposable: T): T {
    if (this.disposed) disposable.dispose();
    else this.disposables.push(disposable);
    return disposable;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Dispose in reverse order of creation: later objects may depend on earlier ones.
    while (this.disposables.length > 0) {
      try {
        this.disposables.pop()!.dispose();
      } catch {
        // One failing dispose must not leak the others.
      }
    }
  }
}

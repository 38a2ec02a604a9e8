/**
 * The story index on disk, so a reopened workspace is ready at once: one file per digest, named by the content hash
 * of the text it was made from (two files with the same text share it; an edit that is undone finds its digest
 * again), and a small manifest of which file had which hash at which modification time. Lives in the extension's
 * workspace storage and goes through `workspace.fs`, so it works in remote and virtual workspaces too. The cache is
 * dropped whole when the extension's version, the digest format or an option that changes results differs.
 */
import * as vscode from 'vscode';
import { DIGEST_VERSION } from '../../../core/story/digest';

export interface CachedFile {
  hash: string;
  mtime: number;
  size: number;
}

interface Manifest {
  format: 1;
  /** Extension version, digest version and analysis options: results from another combination are not reused. */
  stamp: string;
  files: Record<string, CachedFile>;
}

const MANIFEST_WRITE_DELAY_MS = 2000;

export class StoryCache {
  private readonly digests: vscode.Uri;
  private readonly manifestUri: vscode.Uri;
  private pendingWrite: ReturnType<typeof setTimeout> | undefined;
  private latest: Map<string, CachedFile> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly digestWrites = new Set<Promise<void>>();

  constructor(
    private readonly root: vscode.Uri,
    private readonly stamp: string,
  ) {
    this.digests = vscode.Uri.joinPath(root, 'digests');
    this.manifestUri = vscode.Uri.joinPath(root, 'manifest.json');
  }

  static stampFor(extensionVersion: string, optionsKey: string): string {
    return `${extensionVersion}/${DIGEST_VERSION}/${optionsKey}`;
  }

  /** The files the cache knows, or an empty map when there is none or it is from another version or options. */
  async readManifest(): Promise<Map<string, CachedFile>> {
    try {
      const bytes = await vscode.workspace.fs.readFile(this.manifestUri);
      const manifest = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Manifest>;
      if (manifest.format !== 1 || manifest.stamp !== this.stamp || !manifest.files || typeof manifest.files !== 'object') return new Map();
      return new Map(Object.entries(manifest.files).filter(([, f]) => f && typeof f.hash === 'string'));
    } catch {
      return new Map();
    }
  }

  async readDigest(hash: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.digestUri(hash));
    } catch {
      return undefined;
    }
  }

  /** Writes a digest; `flush` waits for it. Never rejects (a digest not cached is only analysed again). */
  writeDigest(hash: string, bytes: Uint8Array): Promise<void> {
    const write = (async () => {
      try {
        await vscode.workspace.fs.createDirectory(this.digests);
        await vscode.workspace.fs.writeFile(this.digestUri(hash), bytes);
      } catch {
        // See above.
      }
    })();
    this.digestWrites.add(write);
    void write.then(() => this.digestWrites.delete(write));
    return write;
  }

  /** Writes the manifest soon (batched: indexing changes it once per file). */
  scheduleManifest(files: Map<string, CachedFile>): void {
    this.latest = files;
    if (this.pendingWrite) return;
    this.pendingWrite = setTimeout(() => void this.flush(), MANIFEST_WRITE_DELAY_MS);
  }

  /** Writes a scheduled manifest now. */
  flush(): Promise<void> {
    if (this.pendingWrite) clearTimeout(this.pendingWrite);
    this.pendingWrite = undefined;
    const files = this.latest;
    this.latest = undefined;
    const digests = Promise.all([...this.digestWrites]).then(() => undefined);
    if (!files) return Promise.all([this.writing, digests]).then(() => undefined);
    const manifest: Manifest = { format: 1, stamp: this.stamp, files: Object.fromEntries(files) };
    this.writing = Promise.all([this.writing, digests]).then(async () => {
      try {
        await vscode.workspace.fs.createDirectory(this.root);
        await vscode.workspace.fs.writeFile(this.manifestUri, new TextEncoder().encode(JSON.stringify(manifest)));
      } catch {
        // A cache that cannot be written only costs a slower next start.
      }
    });
    return this.writing;
  }

  /** Deletes digests no file has any more (after a full scan). */
  async prune(live: ReadonlySet<string>): Promise<number> {
    let removed = 0;
    try {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(this.digests)) {
        const hash = name.replace(/\.json$/, '');
        if (type !== vscode.FileType.File || live.has(hash)) continue;
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.digests, name));
        removed++;
      }
    } catch {
      // No digests folder yet.
    }
    return removed;
  }

  async clear(): Promise<void> {
    if (this.pendingWrite) clearTimeout(this.pendingWrite);
    this.pendingWrite = undefined;
    this.latest = undefined;
    await this.writing;
    try {
      await vscode.workspace.fs.delete(this.root, { recursive: true, useTrash: false });
    } catch {
      // Nothing to delete.
    }
  }

  dispose(): void {
    void this.flush();
  }

  private digestUri(hash: string): vscode.Uri {
    return vscode.Uri.joinPath(this.digests, `${hash}.json`);
  }
}

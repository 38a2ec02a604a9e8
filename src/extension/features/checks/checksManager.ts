/**
 * The Manager of the checks feature: one DiagnosticCollection holding the editor's checks of every article.
 * Diagnostics follow the analysis: set when an analysis of the document's current version lands, trimmed at
 * once when the text changes (a diagnostic after the edit could point at the wrong words until the new analysis
 * lands), cleared when the document closes or stops being an article (another language, too large, a failed
 * analysis). Settings changes re-plan from the findings already computed. Files checked by "Check All Articles"
 * that are not open get diagnostics too, until they are opened (then the open document's analysis rules).
 */
import * as vscode from 'vscode';
import type { CheckFinding } from '../../../core/checks';
import type { ArticleAnalysisManager, DocumentAnalysis, DocumentStatus } from '../../analysis/articleAnalysisManager';
import type { SettingsStore } from '../../settings/settingsStore';
import { LineIndex } from '../../../presentation/lineIndex';
import { Disposable } from '../../util/disposable';
import { computeFindings, DIAGNOSTIC_SOURCE, planDiagnostics, vagueAttributionCount, type PlannedDiagnostic } from './diagnosticPlan';
import { DIAGNOSTIC_COLLECTIONS } from '../../registry/ids';

const SEVERITY: Record<PlannedDiagnostic['level'], vscode.DiagnosticSeverity> = {
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

interface Shown {
  /** The text the findings' offsets refer to. */
  text: string;
  findings: CheckFinding[];
}

export class ChecksManager extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_COLLECTIONS.checks));
  /** Findings per analysis: computed once, re-planned when settings change. */
  private readonly findingsOf = new WeakMap<DocumentAnalysis, CheckFinding[]>();
  /** What each URI's diagnostics were made from. */
  private readonly shown = new Map<string, Shown>();
  private readonly changed = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's diagnostics (and so its vague-attribution count) change. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly manager: ArticleAnalysisManager,
    private readonly configuration: SettingsStore,
    /** docs/checks.md inside the extension: each diagnostic's code links to its check's section. */
    private readonly docs: vscode.Uri,
  ) {
    super();
    this._register(manager.onDidChangeStatus(({ document, status }) => this.refresh(document.uri, document.isClosed ? undefined : { document, status })));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.trimAfterEdit(event)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.clear(document.uri)));
    this._register(configuration.onDidChange((change) => {
      if (change.changed('checks')) this.replanAll();
    }));
    for (const document of vscode.workspace.textDocuments) this.refresh(document.uri);
  }

  /** The diagnostics currently shown for a URI (for the API and tests). */
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** Anonymous or vague attributions in the article, or undefined when it has no current checks. */
  vagueAttributions(uri: vscode.Uri): number | undefined {
    const shown = this.shown.get(uri.toString());
    return shown ? vagueAttributionCount(shown.findings) : undefined;
  }

  /** Shows the findings of a text that is not (or not yet) an open document: "Check All Articles". */
  showForFile(uri: vscode.Uri, text: string, findings: CheckFinding[]): void {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    this.show(uri, { text, findings });
  }

  /** `known`: the document and its status, when the manager's event brought them; else they are looked up. */
  private refresh(uri: vscode.Uri, known = this.lookUp(uri)): void {
    if (!known) {
      this.clear(uri);
      return;
    }
    const { document, status } = known;
    switch (status.kind) {
      case 'ready': {
        const analysis = status.analysis;
        if (analysis.version !== document.version) return; // a newer version is on its way
        let findings = this.findingsOf.get(analysis);
        if (!findings) {
          findings = computeFindings(analysis.text, analysis.result.annotation);
          this.findingsOf.set(analysis, findings);
        }
        this.show(uri, { text: analysis.text, findings });
        return;
      }
      case 'pending':
        return; // the edit that made it pending already trimmed what could be stale
      case 'notArticle':
      case 'tooLarge':
      case 'error':
        this.clear(uri);
        return;
    }
  }

  private lookUp(uri: vscode.Uri): { document: vscode.TextDocument; status: DocumentStatus } | undefined {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return document && !document.isClosed ? { document, status: this.manager.status(document) } : undefined;
  }

  private show(uri: vscode.Uri, shown: Shown): void {
    this.shown.set(uri.toString(), shown);
    const lines = new LineIndex(shown.text);
    const range = (start: number, end: number) => {
      const a = lines.positionAt(start);
      const b = lines.positionAt(end);
      return new vscode.Range(a.line, a.character, b.line, b.character);
    };
    const diagnostics = planDiagnostics(shown.findings, this.configuration.value.checks).map((p) => {
      const diagnostic = new vscode.Diagnostic(range(p.start, p.end), p.message, SEVERITY[p.level]);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = { value: p.code, target: this.docs.with({ fragment: p.anchor }) };
      diagnostic.relatedInformation = p.related.map(
        (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, range(r.start, r.end)), r.message ?? 'related'),
      );
      return diagnostic;
    });
    this.collection.set(uri, diagnostics);
    this.changed.fire(uri);
  }

  private trimAfterEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const uri = event.document.uri;
    const current = this.collection.get(uri);
    if (!current || current.length === 0) return;
    // The findings are of the old text now: nothing may be re-planned from them.
    this.shown.delete(uri.toString());
    // Offsets before the earliest change are unchanged; everything from there on waits for the new analysis.
    const first = event.contentChanges.reduce((min, c) => (c.range.start.isBefore(min) ? c.range.start : min), event.contentChanges[0].range.start);
    const kept = current.filter((d) => d.range.end.isBefore(first) && (d.relatedInformation ?? []).every((r) => r.location.range.end.isBefore(first)));
    if (kept.length !== current.length) {
      this.collection.set(uri, kept);
      this.changed.fire(uri);
    }
  }

  private replanAll(): void {
    for (const [key, shown] of [...this.shown]) this.show(vscode.Uri.parse(key), shown);
  }

  private clear(uri: vscode.Uri): void {
    const had = this.shown.delete(uri.toString()) || (this.collection.get(uri)?.length ?? 0) > 0;
    this.collection.delete(uri);
    if (had) this.changed.fire(uri);
  }
}

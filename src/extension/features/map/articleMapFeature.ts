/**
 * The Article Map's entry points: the commands (show the map; export each picture as SVG or PNG, with an optional
 * target Uri so tests and other extensions can export without the save dialog) and a "Map" status bar button shown
 * while the active editor is an article. The outline's title-bar button and the command palette entries are in
 * package.json (`articleLens.isArticle` decides where they appear). A panel serializer brings the map back after a
 * window reload (`onWebviewPanel:articleLens.map` activates the extension for it).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import type { RegisterCommand } from '../../commands/reportingCommand';
import type { Log } from '../../log';
import type { StoryIndexManager } from '../story/storyIndexManager';
import { Disposable } from '../../util/disposable';
import type { MapPicture, PictureFormat } from './mapMessages';
import { ArticleMapPanel, MAP_VIEW_TYPE } from './mapPanel';
import { COMMANDS, STATUS_ITEMS } from '../../registry/ids';

export const MAP_COMMANDS = {
  show: COMMANDS.showMap,
  exportTimelineSvg: COMMANDS.mapExportTimelineSvg,
  exportTimelinePng: COMMANDS.mapExportTimelinePng,
  exportGraphSvg: COMMANDS.mapExportGraphSvg,
  exportGraphPng: COMMANDS.mapExportGraphPng,
} as const;

const EXPORTS: { command: string; picture: MapPicture; format: PictureFormat }[] = [
  { command: MAP_COMMANDS.exportTimelineSvg, picture: 'timeline', format: 'svg' },
  { command: MAP_COMMANDS.exportTimelinePng, picture: 'timeline', format: 'png' },
  { command: MAP_COMMANDS.exportGraphSvg, picture: 'graph', format: 'svg' },
  { command: MAP_COMMANDS.exportGraphPng, picture: 'graph', format: 'png' },
];

export class ArticleMapFeature extends Disposable {
  readonly panel: ArticleMapPanel;
  private readonly button = this._register(vscode.window.createStatusBarItem(STATUS_ITEMS.map, vscode.StatusBarAlignment.Right, 99));

  constructor(manager: ArticleAnalysisManager, extensionUri: vscode.Uri, log: Log, command: RegisterCommand, story?: StoryIndexManager) {
    super();
    this.panel = this._register(new ArticleMapPanel(manager, extensionUri, log, story));
    // The page keeps its own picture, scope and filter (setState) and tells them on "ready": the state is not needed here.
    this._register(vscode.window.registerWebviewPanelSerializer(MAP_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => this.panel.restore(panel),
    }));
    command(MAP_COMMANDS.show, (picture?: unknown) => this.panel.show(picture === 'graph' || picture === 'timeline' ? picture : undefined));
    for (const { command: id, picture, format } of EXPORTS) {
      command(id, (target?: unknown) => this.panel.exportPicture(picture, format, target instanceof vscode.Uri ? target : undefined));
    }

    this.button.name = 'Article Lens: Article Map';
    this.button.text = '$(graph-line) Map';
    this.button.tooltip = 'Article Lens: show the Article Map (the timeline and who said what)';
    this.button.command = MAP_COMMANDS.show;
    const update = () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && manager.isArticle(document)) this.button.show();
      else this.button.hide();
    };
    this._register(vscode.window.onDidChangeActiveTextEditor(update));
    this._register(manager.onDidChangeStatus(update));
    update();
  }
}

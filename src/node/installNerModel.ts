/**
 * Imported for its effect by every Node entry point that analyses text (CLI, the desktop analysis worker, scripts,
 * the unit tests through .mocharc.json): the name tagger reads models/ner.model.gz with fs + zlib.
 */
import { useNerModelLoader } from '../core/ner';
import { modelFileLoader } from './nerModelFile';

useNerModelLoader(modelFileLoader());

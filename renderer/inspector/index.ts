// The inspector's forms: one per node kind and the journey's settings. The
// editor renders them in the inspector panel and applies each onChange as
// one undoable edit; forms call onChange only with valid nodes.
import './inspector.css';

export { ConditionBuilder } from './condition/ConditionBuilder';
export { NodeFormFor } from './NodeFormFor';
export { nodeForms } from './node-forms';
export { JourneySettingsForm } from './settings/JourneySettingsForm';

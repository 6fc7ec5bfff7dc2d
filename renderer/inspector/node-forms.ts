// One form per node kind: a kind left out does not compile.
import type { NodeForms } from '../editor/types';
import { ConditionForm } from './forms/ConditionForm';
import { EmailForm } from './forms/EmailForm';
import { ExitForm } from './forms/ExitForm';
import { SplitForm } from './forms/SplitForm';
import { TriggerForm } from './forms/TriggerForm';
import { UpdateForm } from './forms/UpdateForm';
import { WaitForForm } from './forms/WaitForForm';
import { WaitForm } from './forms/WaitForm';

export const nodeForms: NodeForms = {
  trigger: TriggerForm,
  wait: WaitForm,
  waitFor: WaitForForm,
  condition: ConditionForm,
  split: SplitForm,
  email: EmailForm,
  update: UpdateForm,
  exit: ExitForm,
};

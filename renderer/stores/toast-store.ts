// Short messages at the bottom of the window, some with an action ("Undo").
// One store per window, like the theme.
import { create } from 'zustand';

export type Toast = {
  id: number;
  text: string;
  tone: 'info' | 'warning' | 'error';
  action?: ToastAction;
  /** More choices after `action` ("Reload theirs", "Keep mine"). */
  more?: ToastAction[];
};

export type ToastAction = { label: string; run: () => void };

type ToastState = { toasts: Toast[] };

export const useToasts = create<ToastState>(() => ({ toasts: [] }));

let seq = 0;

export function showToast(toast: Omit<Toast, 'id'>, ms = 5000): number {
  const id = ++seq;
  useToasts.setState((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id }] }));
  setTimeout(() => dismissToast(id), ms);
  return id;
}

export function dismissToast(id: number): void {
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

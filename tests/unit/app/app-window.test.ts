import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import {
  bringBackWindow,
  holdSingleInstance,
  windowCloseAction,
  type RestorableWindow,
} from '../../../src-main/app/app-window.ts';

/** A window as a desktop keeps it: minimised or not, hidden or shown, focused or not. */
class DesktopWindow implements RestorableWindow {
  minimised: boolean;
  visible: boolean;
  focused = false;
  constructor(state: { minimised: boolean; visible: boolean }) {
    this.minimised = state.minimised;
    this.visible = state.visible;
  }
  isMinimized(): boolean {
    return this.minimised;
  }
  restore(): void {
    this.minimised = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
}

/** Electron's app as far as the single-instance rule goes: a lock some other process may hold. */
class AppProcess extends EventEmitter {
  quitting = false;
  readonly lockFree: boolean;
  constructor(lockFree: boolean) {
    super();
    this.lockFree = lockFree;
  }
  requestSingleInstanceLock(): boolean {
    return this.lockFree;
  }
  quit(): void {
    this.quitting = true;
  }
}

describe("the tray's Open Detour", () => {
  test('brings the existing window to the front instead of opening a second one', () => {
    const window = new DesktopWindow({ minimised: false, visible: false });
    let created = 0;
    bringBackWindow([window], () => (created += 1));
    expect(created).toBe(0);
    expect(window).toMatchObject({ visible: true, focused: true });
  });

  test('restores a minimised window', () => {
    const window = new DesktopWindow({ minimised: true, visible: true });
    bringBackWindow([window], () => undefined);
    expect(window).toMatchObject({ minimised: false, visible: true, focused: true });
  });

  test('opens a window when none is left', () => {
    let created = 0;
    bringBackWindow([], () => (created += 1));
    expect(created).toBe(1);
  });
});

describe('one Detour at a time', () => {
  test('the first launch keeps the lock, and a second launch brings its window back', () => {
    const first = new AppProcess(true);
    const window = new DesktopWindow({ minimised: true, visible: true });
    expect(holdSingleInstance(first, () => bringBackWindow([window], () => undefined))).toBe(true);
    expect(window.focused).toBe(false);

    first.emit('second-instance', {}, ['detour'], '/home/user');

    expect(window).toMatchObject({ minimised: false, visible: true, focused: true });
    expect(first.quitting).toBe(false);
  });

  test('a second launch quits and starts nothing of its own', () => {
    const second = new AppProcess(false);
    let broughtBack = 0;
    expect(holdSingleInstance(second, () => (broughtBack += 1))).toBe(false);
    expect(second.quitting).toBe(true);
    expect(second.listenerCount('second-instance')).toBe(0);
    expect(broughtBack).toBe(0);
  });
});

describe('closing the window', () => {
  test('closes it when no schedule runs, or when the tray shows the way back', () => {
    expect(windowCloseAction({ quitting: false, scheduleOn: false, trayVisible: false })).toBe('close');
    expect(windowCloseAction({ quitting: false, scheduleOn: true, trayVisible: true })).toBe('close');
  });

  test('minimises it while a schedule runs on a desktop without a tray', () => {
    expect(windowCloseAction({ quitting: false, scheduleOn: true, trayVisible: false })).toBe('minimise');
  });

  test('never holds the app back from quitting', () => {
    expect(windowCloseAction({ quitting: true, scheduleOn: true, trayVisible: false })).toBe('close');
  });
});

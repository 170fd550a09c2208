// Registers one `api:<method>` handler per contract method. Each checks that the call comes
// from the app's own page before the dispatcher validates the arguments.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { apiMethods, channelOf } from '../../../shared/api-methods'
import type { Result } from '../../../shared/errors'
import type { Dispatch } from '../../services/dispatch'

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of apiMethods) {
    ipcMain.handle(channelOf(method), async (event, args: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'bad-arguments', message: 'Call from an untrusted page refused' },
        }
      }
      return dispatch(method, args)
    })
  }
}

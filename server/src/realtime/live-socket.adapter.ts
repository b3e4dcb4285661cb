import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { MAX_SOCKET_PAYLOAD_BYTES } from '@thidua/shared';
import type { Server, ServerOptions } from 'socket.io';

/**
 * The socket.io server options of the app: frames larger than the shared cap close
 * the connection before they are parsed (no handler ever sees them), no per-message
 * compression (CPU per player matters more than bytes for thousands of phones on one
 * node), websocket first with polling as the fallback of phones behind odd proxies,
 * and a ping that notices a dropped phone within ~40 s.
 */
export class LiveSocketAdapter extends IoAdapter {
  constructor(app: INestApplicationContext) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    return super.createIOServer(port, {
      ...options,
      maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES,
      perMessageDeflate: false,
      httpCompression: false,
      transports: ['websocket', 'polling'],
      pingInterval: 20_000,
      pingTimeout: 20_000,
      connectTimeout: 10_000,
      serveClient: false,
    } as ServerOptions);
  }
}

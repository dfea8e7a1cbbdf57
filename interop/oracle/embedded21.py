"""Run embedded Milvus 2.1.0 (PyPI `milvus==2.1.0`) until SIGINT/SIGTERM.

Must be started with LD_PRELOAD pointing at the wheel's bin/embd-milvus.so and
LD_LIBRARY_PATH at its lib/ directory plus the TBB 2020 libraries (oracle.sh
does this). Importing `milvus` copies the config to /var/bin/e-milvus/configs.
"""
import signal
import threading

import milvus

done = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: done.set())
signal.signal(signal.SIGINT, lambda *_: done.set())
milvus.start()
done.wait()
milvus.stop()

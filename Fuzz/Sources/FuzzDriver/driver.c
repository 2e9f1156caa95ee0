#include "FuzzDriver.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// SwiftPM links an executable with main aliased to <target>_main, a symbol
// Swift never emits under -parse-as-library (which libFuzzer needs, to own
// main). Supplying it here hands control to libFuzzer's driver.
int FuzzDecoder_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}

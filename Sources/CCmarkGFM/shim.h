// GitHub's CommonMark parser and its extensions (Debian libcmark-gfm-dev and
// libcmark-gfm-extensions-dev); only KioskWeb imports it, for the table extension.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

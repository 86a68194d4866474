// Google's HTML5 parser (Debian libgumbo-dev); only KioskWeb imports it.
#include <gumbo.h>

import sys

from routes_api.cli.main import main

sys.exit(main())

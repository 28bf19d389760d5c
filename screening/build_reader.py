"""Compile the reader's hot modules with Cython (screening/native.py says why and how they are
loaded). `make install` runs it when a source has changed:

    .venv/bin/python -m screening.build_reader

The C sources and objects go to build/reader/c and build/reader/tmp, the compiled modules to
build/reader/screening, and last the manifest of the sources they were built from. Without a C
compiler the reader runs from its sources, about a sixth slower; the manifest then says the
build failed, and the command says so and exits 0, so that installing still succeeds.
"""
import json
import shutil
import sys

from screening import native


def build() -> bool:
    from Cython.Build import cythonize
    from setuptools import Extension
    from setuptools.dist import Distribution

    sources = {name: str(native.PACKAGE / f"{name}.py") for name in native.MODULES}
    extensions = cythonize(
        [Extension(f"screening.{name}", [path]) for name, path in sources.items()],
        build_dir=str(native.BUILD / "c"),
        # The annotations are for readers and linters; the modules must behave exactly as their source.
        compiler_directives={"language_level": 3, "annotation_typing": False},
        nthreads=2,
        quiet=True,
    )
    distribution = Distribution({"name": "screening-reader", "ext_modules": extensions})
    command = distribution.get_command_obj("build_ext")
    command.build_lib = str(native.BUILD)
    command.build_temp = str(native.BUILD / "tmp")
    command.parallel = 2
    distribution.run_command("build_ext")
    return all(any(native.COMPILED.glob(f"{name}.*.so")) for name in native.MODULES)


def main() -> int:
    digests = native.digests()
    native.MANIFEST.unlink(missing_ok=True)
    shutil.rmtree(native.COMPILED, ignore_errors=True)
    try:
        compiled = build()
    except Exception as error:  # a missing compiler or Cython: the sources still run
        print(f"The reader's modules were not compiled ({error}); screening runs from the sources.",
              file=sys.stderr)
        compiled = False
    native.BUILD.mkdir(parents=True, exist_ok=True)
    native.MANIFEST.write_text(json.dumps({"compiled": compiled, "sources": digests}, indent=2) + "\n",
                               encoding="utf-8")
    if compiled:
        print(f"Compiled {', '.join(native.MODULES)} into {native.COMPILED}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

// The executable that builds the tests' precompiled header (tests/CMakeLists.txt, TE_PRECOMPILED_HEADERS); every
// tst_* executable reuses that header. It is not a test and is not run.
int main()
{
    return 0;
}

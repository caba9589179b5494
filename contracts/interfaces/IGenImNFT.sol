// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IGenImNFT
/// @notice Pay-per-image AI generation settled on chain. A minter pays a tier's price into escrow and
/// receives an ERC-721 placeholder carrying a prompt; an authorized agent (the operator's keeper)
/// delivers the image's metadata hash exactly once and is paid the escrow in the same transaction.
/// If nothing is delivered before the token's deadline, its holder takes the escrow back.
interface IGenImNFT {
    /// @notice Lifecycle of a token's image request.
    /// @dev `None` is a token id that was never minted. A `Pending` request whose deadline has passed
    /// can no longer be fulfilled and may be refunded.
    enum Status {
        None,
        Pending,
        Delivered,
        Refunded
    }

    /// @notice The record kept for every minted token.
    /// @param requester The address that minted the token and paid for the image.
    /// @param tier The pricing tier the token was minted at.
    /// @param paid The exact amount, in wei, held in escrow for this token (or paid out / refunded).
    /// @param deadline Last second (unix time) at which the image may be delivered.
    /// @param status Current lifecycle status.
    /// @param metadataHash sha256 of the delivered metadata JSON, zero until delivered.
    struct Request {
        address requester;
        uint8 tier;
        uint256 paid;
        uint64 deadline;
        Status status;
        bytes32 metadataHash;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice Thrown when `msg.value` differs from the tier's current price.
    error WrongPayment(uint256 expected, uint256 sent);
    /// @notice Thrown when minting with an empty prompt.
    error EmptyPrompt();
    /// @notice Thrown when the prompt is longer than `maxLength` bytes.
    error PromptTooLong(uint256 length, uint256 maxLength);
    /// @notice Thrown when minting at a tier that has no price (unknown or disabled).
    error TierDisabled(uint8 tier);
    /// @notice Thrown when minting while the owner has paused minting.
    error MintingPaused();
    /// @notice Thrown when an address that is not an authorized agent tries to deliver.
    error NotAgent(address caller);
    /// @notice Thrown when delivering or refunding a token that is not pending.
    error NotPending(uint256 tokenId, Status status);
    /// @notice Thrown when delivering a token after its deadline.
    error DeadlinePassed(uint256 tokenId, uint64 deadline);
    /// @notice Thrown when refunding a token whose deadline has not passed yet.
    error DeadlineNotReached(uint256 tokenId, uint64 deadline);
    /// @notice Thrown when a metadata hash cannot be a sha256 digest of real metadata (its upper
    /// 128 bits are zero; see `fulfil`).
    error InvalidMetadataHash(bytes32 metadataHash);
    /// @notice Thrown when `fulfilBatch` gets arrays of different lengths.
    error LengthMismatch(uint256 tokenIds, uint256 metadataHashes);
    /// @notice Thrown when someone other than the holder (or an approved operator) asks for a refund.
    error NotHolderNorApproved(address caller, uint256 tokenId);
    /// @notice Thrown when `claim` is called by an account with no credit.
    error NothingToClaim(address account);
    /// @notice Thrown when `withdrawSurplus` finds nothing that is not owed.
    error NoSurplus();
    /// @notice Thrown when a price is not a whole number of gwei or exceeds `maxPrice`.
    error InvalidPrice(uint256 price, uint256 maxPrice);
    /// @notice Thrown when a tier's fulfilment window is longer than `maxWindow` seconds, or zero on an
    /// enabled tier.
    error InvalidWindow(uint32 window, uint32 maxWindow);
    /// @notice Thrown when an address argument is the zero address.
    error ZeroAddress();
    /// @notice Thrown when an ETH transfer that must succeed (claim, surplus withdrawal) fails.
    error TransferFailed(address to, uint256 amount);
    /// @notice Thrown when reading a token that does not exist (never minted, or refunded and burned).
    error NonexistentToken(uint256 tokenId);
    /// @notice Thrown when `agent` tries to deliver a token minted before it was authorized: it may only
    /// deliver token ids from `firstTokenId` on, so escrow already paid can never go to a new agent.
    error TokenPredatesAgent(uint256 tokenId, address agent, uint256 firstTokenId);
    /// @notice Thrown when ETH is sent with an approval or a transfer (solady makes them payable); it
    /// would otherwise be kept as surplus.
    error UnexpectedEther(uint256 value);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Emitted when a token is minted and its image paid for. Keepers take the prompt from here.
    event ImageRequested(
        uint256 indexed tokenId,
        address indexed requester,
        uint8 indexed tier,
        uint256 paid,
        uint64 deadline,
        string prompt
    );
    /// @notice Emitted when an agent delivers a token's metadata and is paid its escrow.
    event ImageDelivered(uint256 indexed tokenId, address indexed agent, bytes32 metadataHash, uint256 paid);
    /// @notice Emitted by `fulfilBatch` for a token it skipped because it was no longer deliverable.
    /// @param status The token's status; `Pending` here means its deadline has passed.
    event FulfilmentSkipped(uint256 indexed tokenId, Status status);
    /// @notice Emitted when an expired token is burned and its escrow returned to its holder.
    event Refunded(uint256 indexed tokenId, address indexed holder, uint256 amount);
    /// @notice Emitted when a payout could not be pushed and was credited for `claim` instead.
    event PaymentCredited(address indexed account, uint256 amount);
    /// @notice Emitted when an account pulls its credited payouts.
    event Claimed(address indexed account, uint256 amount);
    /// @notice Emitted when a tier's price or window changes. A zero price disables the tier.
    event TierSet(uint8 indexed tier, uint256 price, uint32 window);
    /// @notice Emitted when an agent is authorized or deauthorized.
    /// @param firstTokenId The first token id the agent may deliver (`totalMinted() + 1` when it was
    /// authorized); 0 on revocation.
    event AgentSet(address indexed agent, bool authorized, uint256 firstTokenId);
    /// @notice Emitted when the base URI of delivered metadata changes.
    event MetadataBaseURISet(string baseURI);
    /// @notice Emitted when the placeholder image of pending tokens changes.
    event PlaceholderImageSet(string image);
    /// @notice Emitted when the owner withdraws ETH that is owed to nobody.
    event SurplusWithdrawn(address indexed to, uint256 amount);
    /// @notice Emitted when minting is paused.
    event Paused(address account);
    /// @notice Emitted when minting is resumed.
    event Unpaused(address account);
    /// @notice ERC-4906: the metadata of `_tokenId` changed.
    event MetadataUpdate(uint256 _tokenId);
    /// @notice ERC-4906: the metadata of a range of tokens changed.
    event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId);
    /// @notice ERC-7572: the contract-level metadata changed.
    event ContractURIUpdated();

    /*//////////////////////////////////////////////////////////////
                               USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Mints a placeholder token to the caller and escrows the payment for its image.
    /// @param prompt The image prompt, 1 to `MAX_PROMPT_BYTES` bytes of UTF-8.
    /// @param tier The pricing tier; `msg.value` must equal its current price exactly.
    /// @return tokenId The new token's id (ids start at 1).
    function mint(string calldata prompt, uint8 tier) external payable returns (uint256 tokenId);

    /// @notice Returns the escrow of an undelivered token to its holder once its deadline has passed,
    /// and burns the placeholder. Callable by the holder or an approved operator.
    function refund(uint256 tokenId) external;

    /// @notice Pays out the caller's credited payouts (pushes that failed earlier).
    function claim() external;

    /*//////////////////////////////////////////////////////////////
                              AGENT ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Delivers a pending token's metadata and pays its escrow to the caller.
    /// @param tokenId A pending token whose deadline has not passed, minted after the caller was
    /// authorized (`tokenId >= agentFirstTokenId(msg.sender)`).
    /// @param metadataHash sha256 of the exact bytes of the token's metadata JSON.
    function fulfil(uint256 tokenId, bytes32 metadataHash) external;

    /// @notice Delivers many tokens in one transaction and pays their escrow to the caller in one
    /// transfer. Tokens that are no longer deliverable, or that were minted before the caller was
    /// authorized, are skipped with `FulfilmentSkipped`.
    /// @return delivered How many tokens were delivered.
    function fulfilBatch(uint256[] calldata tokenIds, bytes32[] calldata metadataHashes)
        external
        returns (uint256 delivered);

    /*//////////////////////////////////////////////////////////////
                              OWNER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Sets a tier's price (wei, a whole number of gwei; 0 disables) and fulfilment window
    /// (seconds, at most `MAX_WINDOW`; nonzero on an enabled tier). Never changes what pending tokens
    /// paid or their deadline.
    function setTier(uint8 tier, uint256 price, uint32 window) external;

    /// @notice Authorizes or deauthorizes an agent. A newly authorized agent may deliver only tokens
    /// minted from now on (ids from `totalMinted() + 1`); authorizing an agent that is already
    /// authorized keeps its first token id; authorizing it again after a revocation moves it.
    function setAgent(address agent, bool authorized) external;

    /// @notice Sets the base URI of delivered metadata: `ipfs://` yields CIDv1 URIs, anything else
    /// yields `baseURI + hex(metadataHash) + ".json"`.
    function setMetadataBaseURI(string calldata baseURI) external;

    /// @notice Sets the image shown by pending tokens.
    function setPlaceholderImage(string calldata image) external;

    /// @notice Sets the ERC-7572 contract-level metadata URI.
    function setContractURI(string calldata uri) external;

    /// @notice Sets the ERC-2981 default royalty in basis points (at most 10,000, to a nonzero receiver).
    function setDefaultRoyalty(address receiver, uint96 feeBps) external;

    /// @notice Pauses minting. Delivery, refunds and claims keep working.
    function pause() external;

    /// @notice Resumes minting.
    function unpause() external;

    /// @notice Sends `to` the balance that is owed to nobody: balance minus pending escrow minus
    /// agent and holder credits.
    function withdrawSurplus(address to) external;

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The record of `tokenId` (all zero with status `None` if it was never minted).
    function request(uint256 tokenId) external view returns (Request memory);

    /// @notice A tier's current price in wei and fulfilment window in seconds.
    function tiers(uint8 tier) external view returns (uint256 price, uint32 window);

    /// @notice Whether `account` is an authorized agent.
    function isAgent(address account) external view returns (bool);

    /// @notice The first token id `account` may deliver (tokens minted after it was authorized); 0 when
    /// it is not an authorized agent.
    function agentFirstTokenId(address account) external view returns (uint256);

    /// @notice Payouts credited to `account` that `claim` can pull.
    function credits(address account) external view returns (uint256);

    /// @notice Sum of the escrow of all pending tokens.
    function pendingEscrow() external view returns (uint256);

    /// @notice Sum of all credited, unclaimed payouts.
    function totalCredits() external view returns (uint256);

    /// @notice What `withdrawSurplus` would send now.
    function surplus() external view returns (uint256);

    /// @notice Number of tokens ever minted (the last token id).
    function totalMinted() external view returns (uint256);

    /// @notice Whether minting is paused.
    function paused() external view returns (bool);

    /// @notice Base URI of delivered metadata.
    function metadataBaseURI() external view returns (string memory);

    /// @notice Image shown by pending tokens.
    function placeholderImage() external view returns (string memory);

    /// @notice ERC-7572 contract-level metadata URI.
    function contractURI() external view returns (string memory);
}
